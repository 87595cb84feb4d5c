package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No page shows a visitor an example address ({@code example.org}, {@code localhost}…) as text: a visitor would
 * copy it into a calendar or a browser. Where the real address is unknown, the templates say what to do instead.
 */
public final class ExampleAddressCheck implements PageCheck {

    private static final Pattern EXAMPLE = Pattern.compile("(?i)(?:\\b[a-z]+://)?\\b[\\w.-]*example\\.(org|com|net)\\b\\S*|(?:\\b[a-z]+://)?\\blocalhost\\b\\S*|(?:\\b[a-z]+://)?\\b127\\.0\\.0\\.1\\b\\S*");

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        Element body = page.document().body();
        if (body == null) {
            return;
        }
        for (Element element : body.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                Matcher matcher = EXAMPLE.matcher(text.text());
                if (matcher.find()) {
                    report.accept(new Problem(page.path(), "adresse d'exemple affichée au visiteur : « " + matcher.group()
                            + " » ; donnez la vraie adresse dans les réglages, ou n'affichez pas d'adresse tant qu'elle est inconnue",
                            element.cssSelector()));
                }
            }
        }
    }
}
