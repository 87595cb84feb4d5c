package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.AuditedSite;
import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.PageCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every link, image, stylesheet, script and calendar a page references exists in the site, fragments
 * included; nothing points at the build machine; external addresses are https; and no address starts
 * at the domain root, which would break a site published under a sub-path.
 */
public final class ReferenceCheck implements PageCheck {

    private static final String REFERENCES = "a[href], link[href], img[src], script[src], source[src], iframe[src]";

    private final String siteHost;

    public ReferenceCheck(String siteHost) {
        this.siteHost = siteHost.endsWith("/") ? siteHost : siteHost + "/";
    }

    @Override
    public void check(Page page, AuditedSite site, Consumer<Problem> report) {
        for (Element element : page.document().select(REFERENCES)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String reference = element.attr(attribute).strip();
            String problem = problem(page, site, reference);
            if (problem != null) {
                report.accept(new Problem(page.path(), problem, element.cssSelector()));
            }
        }
    }

    private String problem(Page page, AuditedSite site, String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (reference.isEmpty()) {
            return "adresse vide";
        }
        if (lower.contains("localhost") || lower.contains("127.0.0.1") || lower.startsWith("file:")) {
            return "adresse de la machine de construction : " + reference;
        }
        if (lower.startsWith("javascript:")) {
            return "lien javascript: interdit : " + reference;
        }
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return null;
        }
        if (lower.startsWith("webcal://")) {
            return internal(page, site, "https://" + reference.substring("webcal://".length()));
        }
        if (lower.startsWith("http://")) {
            return "lien non sécurisé (http) : " + reference + " ; utilisez https";
        }
        if (lower.startsWith("https://")) {
            return internal(page, site, reference);
        }
        if (lower.startsWith("//") || lower.startsWith("/")) {
            return "adresse depuis la racine du domaine : " + reference + " ; elle casse la publication sous un sous-chemin, utilisez un lien relatif";
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return "protocole inattendu : " + reference;
        }
        return target(page, site, reference);
    }

    /** An absolute address on the site's own host must exist in the site; other hosts are not checked. */
    private String internal(Page page, AuditedSite site, String absolute) {
        if (!absolute.startsWith(siteHost)) {
            return null;
        }
        String relative = absolute.substring(siteHost.length());
        Optional<String> target = site.resolve("index.html", relative);
        return target.isPresent() ? null : "lien cassé : " + absolute + " (introuvable dans le site)";
    }

    private String target(Page page, AuditedSite site, String reference) {
        Optional<String> target = site.resolve(page.path(), reference);
        if (target.isEmpty()) {
            return "lien cassé : " + reference + " (fichier introuvable)";
        }
        int hash = reference.indexOf('#');
        if (hash < 0 || hash == reference.length() - 1 || !target.get().endsWith(".html")) {
            return null;
        }
        String fragment = reference.substring(hash + 1);
        boolean found = site.hasAnchor(target.get(), fragment);
        return found ? null : "ancre introuvable : #" + fragment + " dans " + target.get();
    }
}
