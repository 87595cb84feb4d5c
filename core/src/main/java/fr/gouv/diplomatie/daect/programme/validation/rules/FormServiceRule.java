package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.registration.FormProtocol;
import fr.gouv.diplomatie.daect.programme.settings.Placeholders;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registration form's service: always posted (never a GET, which would put personal data in
 * the address), at an absolute http(s) address when one is given; and in a production build,
 * a real one: present, https, not an example left in place.
 */
public final class FormServiceRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        SiteSettings settings = context.settings();
        String file = context.settingsPath();

        settings.get(FormProtocol.METHOD).filter(m -> !m.strip().equalsIgnoreCase(FormProtocol.POST)).ifPresent(method ->
                report.accept(Diagnostic.error(file, line(settings, FormProtocol.METHOD),
                        FormProtocol.METHOD + "=" + method + where(settings, FormProtocol.METHOD)
                                + " : le formulaire d'inscription s'envoie toujours avec la méthode post ; avec get, les données personnelles "
                                + "des inscrits apparaîtraient dans l'adresse (historique, journaux des serveurs)")));

        Optional<String> action = settings.get(FormProtocol.ACTION);
        int line = line(settings, FormProtocol.ACTION);
        if (action.isEmpty()) {
            if (context.production()) {
                report.accept(Diagnostic.error(file, line, FormProtocol.ACTION + " est vide" + where(settings, FormProtocol.ACTION)
                        + " : une construction de production exige l'adresse https du service de formulaire "
                        + "(par exemple https://formspree.io/f/…) ; sans elle, les inscriptions seraient envoyées à la réception "
                        + "locale de l'aperçu, qui n'existe pas sur le site publié"));
            }
            return;
        }
        String value = action.get();
        Optional<URI> uri = FormProtocol.parseAction(value);
        if (uri.isEmpty()) {
            report.accept(Diagnostic.error(file, line, FormProtocol.ACTION + "=" + value + where(settings, FormProtocol.ACTION)
                    + " n'est pas une adresse web complète ; écrivez l'adresse du service de formulaire, par exemple https://formspree.io/f/abcdwxyz"));
            return;
        }
        if (!context.production()) {
            return;
        }
        if (!uri.get().getScheme().equalsIgnoreCase("https")) {
            report.accept(Diagnostic.error(file, line, FormProtocol.ACTION + "=" + value + where(settings, FormProtocol.ACTION)
                    + " : en production, le service de formulaire doit être en https, sinon les données des inscrits circulent en clair"));
        }
        if (Placeholders.isExampleAddress(uri.get().toString())) {
            report.accept(Diagnostic.error(file, line, FormProtocol.ACTION + "=" + value + where(settings, FormProtocol.ACTION)
                    + " ressemble à une adresse d'exemple ; remplacez-la par l'adresse réelle du formulaire fournie par le service"));
        }
    }

    private static int line(SiteSettings settings, String key) {
        return Math.max(settings.lineOf(key), 1);
    }

    /** Names the command line when the value comes from there, not from the file. */
    private static String where(SiteSettings settings, String key) {
        return settings.isOverridden(key) ? " (donné en ligne de commande par -D" + key + ")" : "";
    }
}
