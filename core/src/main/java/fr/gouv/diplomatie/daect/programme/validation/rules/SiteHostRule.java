package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.settings.Placeholders;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code site.host} is written into calendars, shared links and the 404 page: it must be an
 * absolute http(s) address ending with {@code /} (templates append page names to it); and in a production build,
 * not an example left in place.
 */
public final class SiteHostRule implements Rule {

    private static final String EXAMPLE = "`site.host=https://www.example.org/webinaires/`";
    private static final String COMMAND = "`mvn package -Pproduction -Dsite.host=https://…/`";

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Optional<String> host = context.settings().get(SiteSettings.SITE_HOST);
        String key = SiteSettings.SITE_HOST;
        if (host.isEmpty()) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host` est vide ; donnez l'adresse publique du site dans "
                    + SiteSettings.FILE_NAME + ", par exemple " + EXAMPLE + ", ou sur la ligne de commande : `-Dsite.host=https://…/`"));
            return;
        }
        String value = host.get();
        if (!isAbsoluteWebAddress(value)) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host=" + value + "` n'est pas une adresse absolue ; "
                    + "écrivez-la avec https:// et le nom du serveur, par exemple " + EXAMPLE));
        } else if (!value.endsWith("/")) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host=" + value + "` doit se terminer par `/` ; écrivez `site.host=" + value + "/`"));
        } else if (context.production() && Placeholders.isExampleAddress(value)) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host=" + value + "` est une adresse d'exemple : le site publié "
                    + "l'écrirait dans les calendriers, l'abonnement `webcal://`, les adresses canoniques et le retour du formulaire "
                    + "d'inscription ; donnez l'adresse réelle du site publié dans " + SiteSettings.FILE_NAME
                    + " ou sur la ligne de commande : " + COMMAND));
        }
    }

    static boolean isAbsoluteWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
