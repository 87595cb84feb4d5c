package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Every form field has a label a screen reader can announce. */
public final class FieldLabelCheck implements PageCheck {

    private static final String FIELDS = "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea";

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        // Once per page: looking the label up for each field made a form with thousands of choices quadratic.
        Set<String> labelTargets = new HashSet<>(page.document().select("label[for]").eachAttr("for"));
        for (Element field : page.document().select(FIELDS)) {
            boolean labelled = !field.attr("aria-label").isBlank() || !field.attr("aria-labelledby").isBlank()
                    || field.closest("label") != null
                    || (!field.id().isEmpty() && labelTargets.contains(field.id()));
            if (!labelled) {
                report.accept(new Problem(page.path(), "champ de formulaire sans étiquette (<label for>)", field.cssSelector()));
            }
        }
    }
}
