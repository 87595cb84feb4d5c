package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;

import java.util.function.Consumer;

/** Screen readers pronounce the page in French only if it says it is French. */
public final class LanguageCheck implements PageCheck {

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        String lang = page.document().select("html").attr("lang");
        if (!lang.equals("fr") && !lang.startsWith("fr-")) {
            report.accept(new Problem(page.path(), "langue de la page absente ou autre que le français (lang=\"" + lang + "\")", "html"));
        }
    }
}
