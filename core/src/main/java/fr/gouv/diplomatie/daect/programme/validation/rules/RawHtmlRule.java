package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.EditorHtml;
import fr.gouv.diplomatie.daect.programme.content.MarkdownFlavour;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.RawHtml;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The HTML written in page bodies: only the few tags of {@link EditorHtml}, with their attributes,
 * beside Markdown (and, in an {@code .html} page, the HTML that Markdown itself produces). Anything
 * else could run script in a visitor's browser ({@code <script>}, {@code onerror=}, {@code <svg>}),
 * send visitors elsewhere ({@code <meta http-equiv=refresh>}, {@code <form>}, {@code <base>}) or
 * load another site into the page ({@code <iframe>}).
 */
public final class RawHtmlRule implements Rule {

    private static final Set<String> EMBEDS = Set.of("iframe", "frame", "frameset", "object", "embed", "video", "audio", "portal", "applet");
    private static final Set<String> FORMS = Set.of("form", "input", "button", "select", "textarea", "option", "fieldset", "label", "datalist");

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        RawHtml html = new RawHtml(MarkdownFlavour.extensions(context.settings()));
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || file.body().indexOf('<') < 0) {
                continue;
            }
            boolean htmlPage = file.fileName().endsWith(".html");
            for (RawHtml.Tag tag : html.of(file)) {
                if (!EditorHtml.isAllowed(tag.name()) && !(htmlPage && EditorHtml.isMarkdownOutput(tag.name()))) {
                    report.accept(Diagnostic.error(file.displayPath(), tag.line(), "balise `<" + tag.name() + ">` interdite : " + advice(tag.name())));
                    continue;
                }
                for (RawHtml.Attribute attribute : tag.attributes()) {
                    if (!EditorHtml.isAllowed(tag.name(), attribute.name()) && !(htmlPage && EditorHtml.isMarkdownOutput(tag.name(), attribute.name()))) {
                        report.accept(Diagnostic.error(file.displayPath(), attribute.line(),
                                "attribut `" + attribute.name() + "` interdit dans `<" + tag.name() + ">` : " + advice(tag.name(), attribute.name())));
                    }
                }
            }
        }
    }

    private static String advice(String tag) {
        if (tag.equals("a")) {
            return "écrivez le lien en Markdown, `[texte du lien](adresse)`";
        }
        if (tag.equals("img")) {
            return "écrivez l'image en Markdown, `![description](images/fichier.png)`, le fichier étant dans assets/images/";
        }
        if (EMBEDS.contains(tag)) {
            return "une vidéo ou un document d'un autre site ne peut pas être inséré dans la page ; faites un lien vers lui, `[Voir la vidéo](https://…)`";
        }
        if (FORMS.contains(tag)) {
            return "le seul formulaire du site est celui de la page d'inscription ; faites un lien vers elle, `[S'inscrire](inscription.html)`";
        }
        if (EditorHtml.isMarkdownOutput(tag)) {
            return "écrivez ce passage en Markdown (titre `## …`, liste `- …`, gras `**…**`, tableau…)";
        }
        return "elle pourrait exécuter du code ou changer la page dans le navigateur du visiteur ; retirez-la "
                + "(seules " + EditorHtml.LIST + " et les commentaires `<!-- -->` sont permis)";
    }

    private static String advice(String tag, String attribute) {
        if (attribute.startsWith("on")) {
            return "il ferait exécuter du code par le navigateur du visiteur ; retirez-le";
        }
        if (attribute.equals("style")) {
            return "la mise en forme vient du site ; retirez-le";
        }
        Set<String> allowed = new TreeSet<>(EditorHtml.TAGS.getOrDefault(tag, Set.of()));
        return allowed.isEmpty() ? "`<" + tag + ">` n'accepte aucun attribut ; retirez-le"
                : "`<" + tag + ">` n'accepte que `" + String.join(" ", allowed) + "` ; retirez-le";
    }
}
