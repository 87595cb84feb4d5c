package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code replay} is the recording's https address: the page's main action once the session is over. An
 * {@code http:} address would be refused or flagged by browsers; anything else would be a dead button.
 */
public final class ReplayRule implements Rule {

    static final String EXAMPLE = "replay=https://www.dailymotion.com/video/x7xxxxx";

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            file.line(SessionHeader.REPLAY).filter(l -> !l.value().isBlank()).ifPresent(line -> {
                String value = line.value().strip();
                if (!isHttps(value)) {
                    String why = value.toLowerCase(Locale.ROOT).startsWith("http:")
                            ? "l'adresse doit commencer par `https://` (une adresse `http:` n'est pas sûre)"
                            : "ce n'est pas une adresse https complète";
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), "`replay=" + value + "` : " + why
                            + " ; donnez l'adresse de la vidéo, par exemple `" + EXAMPLE + "`"));
                }
            });
        }
    }

    /** An absolute https address with a host, and nothing a browser would read otherwise (spaces, quotes). */
    public static boolean isHttps(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
