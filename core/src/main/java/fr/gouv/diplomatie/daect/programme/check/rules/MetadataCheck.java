package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;

import java.util.function.Consumer;

/** A title for the browser tab and a description for search engines and link previews. */
public final class MetadataCheck implements PageCheck {

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        if (page.document().title().isBlank()) {
            report.accept(new Problem(page.path(), "titre de page (<title>) absent ou vide", "head > title"));
        }
        if (page.document().select("meta[name=description]").attr("content").isBlank()) {
            report.accept(new Problem(page.path(), "description (<meta name=\"description\">) absente ou vide", "head"));
        }
    }
}
