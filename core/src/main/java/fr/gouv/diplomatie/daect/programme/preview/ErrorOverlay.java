package fr.gouv.diplomatie.daect.programme.preview;

/**
 * The panel shown over every page of the preview while the site cannot be rebuilt: the problems,
 * exactly as the build prints them, in French, each after the name of the editing form's field its
 * line is on, when there is one (the build's log keeps its {@code path:LINE: message} format). It
 * is an alert (announced by screen readers), it takes the focus when the page loads (preview.js)
 * and can be hidden; its look is in apercu.css, since the registration page's
 * Content-Security-Policy forbids inline styles.
 */
final class ErrorOverlay {

    static final String ID = "apercu-erreurs";

    private ErrorOverlay() {
    }

    static String html(BuildResult failure) {
        StringBuilder html = new StringBuilder()
                .append("<div id=\"").append(ID).append("\" class=\"apercu-erreurs\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"")
                .append(ID).append("-titre\">")
                .append("<div class=\"apercu-erreurs__boite\">")
                .append("<p class=\"apercu-erreurs__titre\" id=\"").append(ID).append("-titre\">Aperçu : ")
                .append(Responses.escapeHtml(failure.summary())).append("</p>")
                .append("<p>Corrigez ").append(failure.problems().size() > 1 ? "ces lignes" : "cette ligne")
                .append(" et enregistrez : la page se met à jour d'elle-même. En attendant, l'aperçu montre la dernière version correcte du site.</p>")
                .append("<ul class=\"apercu-erreurs__liste\">");
        for (BuildResult.Problem problem : failure.details()) {
            html.append("<li>");
            problem.field().ifPresent(field -> html.append("<strong>Champ « ").append(Responses.escapeHtml(field)).append(" » :</strong> "));
            html.append("<code>").append(Responses.escapeHtml(problem.text())).append("</code></li>");
        }
        return html.append("</ul>")
                .append("<button type=\"button\" class=\"apercu-erreurs__masquer\">Masquer ce message</button>")
                .append("</div></div>")
                .toString();
    }
}
