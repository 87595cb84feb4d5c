package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/** Header, main and footer landmarks, and a skip link to the main content first in the page. */
public final class LandmarkCheck implements PageCheck {

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        for (String landmark : new String[] {"header", "main", "footer"}) {
            if (page.document().select(landmark + ", [role=" + landmarkRole(landmark) + "]").isEmpty()) {
                report.accept(new Problem(page.path(), "zone <" + landmark + "> absente", landmark));
            }
        }
        Element main = page.document().selectFirst("main");
        Element firstLink = page.document().body() == null ? null : page.document().body().selectFirst("a[href]");
        boolean skips = main != null && !main.id().isEmpty() && firstLink != null && firstLink.attr("href").equals("#" + main.id());
        if (!skips) {
            report.accept(new Problem(page.path(), "le premier lien de la page doit mener au contenu principal (lien d'évitement)", "body"));
        }
    }

    private static String landmarkRole(String landmark) {
        return switch (landmark) {
            case "header" -> "banner";
            case "footer" -> "contentinfo";
            default -> landmark;
        };
    }
}
