package fr.gouv.diplomatie.daect.programme.validation.rules;

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
 * absolute http(s) address ending with {@code /} (templates append page names to it).
 */
public final class SiteHostRule implements Rule {

    private static final String EXAMPLE = "`site.host=https://www.example.org/webinaires/`";

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Optional<String> host = context.settings().get(SiteSettings.SITE_HOST);
        String key = SiteSettings.SITE_HOST;
        if (host.isEmpty()) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host` est vide ; donnez l'adresse publique du site, par exemple " + EXAMPLE));
            return;
        }
        String value = host.get();
        if (!isAbsoluteWebAddress(value)) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host=" + value + "` n'est pas une adresse absolue ; "
                    + "écrivez-la avec https:// et le nom du serveur, par exemple " + EXAMPLE));
        } else if (!value.endsWith("/")) {
            report.accept(SettingDiagnostics.error(context, key, "`site.host=" + value + "` doit se terminer par `/` ; écrivez `site.host=" + value + "/`"));
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
