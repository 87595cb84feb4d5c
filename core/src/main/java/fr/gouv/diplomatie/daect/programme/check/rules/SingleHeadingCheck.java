package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;

import java.util.function.Consumer;

/** Exactly one level-one heading: what the page is about. */
public final class SingleHeadingCheck implements PageCheck {

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        int count = page.document().select("h1").size();
        if (count != 1) {
            report.accept(new Problem(page.path(), count + " titres de niveau 1 (h1) au lieu d'un seul", "h1"));
        }
    }
}
