package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.CharacterReferences;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.BodyLinks;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.RelativeLinks;
import fr.gouv.diplomatie.daect.programme.validation.Severity;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.SiteAddresses;
import fr.gouv.diplomatie.daect.programme.validation.Suggestions;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;


import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The links of page bodies: a link to a page or file of the site must point at something the
 * bake will publish (links are relative, resolved from the page's own address); a
 * {@code javascript:} or {@code data:} link is refused; an {@code http://} link is a warning; an image from another
 * site is refused, since every page's Content-Security-Policy shows only the site's own images.
 */
public final class BodyLinksRule implements Rule {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    /** Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"). */
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20]");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        BodyLinks extractor = new BodyLinks();
        Path contentDir = context.contentDir();
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            List<BodyLinks.Link> links = extractor.of(file);
            if (links.isEmpty()) {
                continue;
            }
            String page = SiteAddresses.addressOf(file, contentDir);
            String folder = page.substring(0, page.lastIndexOf('/') + 1);
            for (BodyLinks.Link link : links) {
                check(link.url().strip(), link.image(), folder, context.addresses())
                        .ifPresent(p -> report.accept(new Diagnostic(file.displayPath(), link.line(), p.severity(), p.message())));
            }
        }
    }

    /** What is wrong with one link; the caller knows where it is. */
    private record Problem(Severity severity, String message) {
    }

    private static Optional<Problem> check(String url, boolean image, String folder, SiteAddresses addresses) {
        // The browser reads "jav&#x61;script:" as "javascript:" (and so does Markdown, in a link's address).
        String scheme = withoutIgnoredCharacters(CharacterReferences.decodedAttribute(url)).toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:")) {
            return error("lien `" + scheme.substring(0, scheme.indexOf(':') + 1) + "` interdit : il ferait exécuter du code par le navigateur du visiteur ; "
                    + "faites un lien vers une page du site ou une adresse https://");
        }
        if (scheme.startsWith("data:")) {
            return error("lien `data:` interdit : le contenu serait caché dans la page ; "
                    + "placez le fichier dans assets/ et faites un lien vers lui");
        }
        if (image && (scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("//"))) {
            return error("image `" + url + "` d'un autre site : la politique de sécurité des pages ne l'afficherait pas (elles ne montrent que les images du site) ; "
                    + "enregistrez-la dans assets/images/ et écrivez `![description](" + RelativeLinks.relative(folder, "images/" + fileName(url)) + ")`");
        }
        if (scheme.startsWith("http://")) {
            return Optional.of(new Problem(Severity.WARNING, "lien non chiffré `" + url + "` ; utilisez `https://"
                    + url.substring("http://".length()) + "` si ce site le permet"));
        }
        if (SCHEME.matcher(scheme).matches() || url.startsWith("//") || url.isEmpty() || url.startsWith("#") || url.startsWith("?")) {
            return Optional.empty(); // another site, an e-mail, a phone number, or a place in this page
        }
        String path = RelativeLinks.path(url);
        if (url.startsWith("/")) {
            String target = path.substring(1);
            return error("lien `" + url + "` : un lien qui commence par `/` serait cassé si le site est publié dans un sous-dossier ; écrivez `"
                    + RelativeLinks.relative(folder, target.isEmpty() ? "index.html" : target) + RelativeLinks.tail(url) + "`");
        }
        Optional<String> resolved = RelativeLinks.resolve(folder, path);
        if (resolved.isEmpty()) {
            return error("lien `" + url + "` : il sort du site (trop de `../`) ; corrigez le chemin");
        }
        String target = resolved.get().isEmpty() || resolved.get().endsWith("/") ? resolved.get() + "index.html" : resolved.get();
        Optional<SiteAddresses.Source> source = addresses.find(target);
        if (source.isPresent()) {
            return source.get().isDraft()
                    ? error("lien `" + url + "` vers " + source.get().shownPath() + ", qui est un brouillon (`status=draft`) et ne sera pas publié ; "
                            + "publiez cette page ou retirez le lien")
                    : Optional.empty();
        }
        if (addresses.isGenerated(target)) {
            return Optional.empty();
        }
        return error("lien `" + url + "` : cette page ou ce fichier n'existe pas sur le site ; " + suggestion(target, folder, addresses)
                .map(s -> "vouliez-vous dire `" + s + "` ?")
                .orElse("corrigez le lien, ou placez le fichier dans `assets/" + target + "` (publié à l'adresse `" + target + "`)"));
    }

    /** The last segment of an address's path, or "image.png". */
    private static String fileName(String url) {
        String path = RelativeLinks.path(url);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "image.png" : name;
    }

    private static Optional<Problem> error(String message) {
        return Optional.of(new Problem(Severity.ERROR, message));
    }

    /** The page of a Markdown source ("guide.html" for "guide.md"), a folder's index, else the nearest name of the same kind in the same folder. */
    private static Optional<String> suggestion(String target, String folder, SiteAddresses addresses) {
        int slash = target.lastIndexOf('/');
        String targetFolder = target.substring(0, slash + 1);
        String name = target.substring(slash + 1);
        if (name.endsWith(".md") && addresses.find(target.substring(0, target.length() - 3) + ".html").isPresent()) {
            return Optional.of(RelativeLinks.relative(folder, target.substring(0, target.length() - 3) + ".html"));
        }
        if (addresses.find(target + "/index.html").isPresent()) {
            return Optional.of(RelativeLinks.relative(folder, target + "/"));
        }
        // Only names of the same kind: a missing PDF is not a calendar with a similar name.
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        List<String> names = addresses.inFolder(targetFolder).stream().map(a -> a.substring(targetFolder.length()))
                .filter(n -> n.endsWith(extension)).toList();
        return Suggestions.nearest(name, names).map(n -> RelativeLinks.relative(folder, targetFolder + n));
    }

    private static String withoutIgnoredCharacters(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= ' ') {
                return IGNORED_BY_BROWSERS.matcher(url).replaceAll("");
            }
        }
        return url;
    }
}
