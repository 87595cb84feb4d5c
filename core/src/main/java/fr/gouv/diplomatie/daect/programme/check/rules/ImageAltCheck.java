package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/** Every image says what it shows, or alt="" when it is decorative. */
public final class ImageAltCheck implements PageCheck {

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        for (Element image : page.document().select("img:not([alt])")) {
            report.accept(new Problem(page.path(), "image sans attribut alt (alt=\"\" si elle est décorative)", image.cssSelector()));
        }
    }
}
