package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Suggestions;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keys with a closed list of values ({@code type}, {@code status}, {@code eventStatus},
 * {@code registration}): a misspelt value would give a page JBake skips, or a session shown as
 * scheduled when it is cancelled.
 */
public final class KnownValuesRule implements Rule {

    private static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put(SessionHeader.TYPE, SessionHeader.TYPES.stream().sorted().toList());
        VALUES.put(SessionHeader.STATUS, List.of("published", "draft"));
        VALUES.put(SessionHeader.EVENT_STATUS, Arrays.stream(EventStatus.values()).map(EventStatus::headerValue).toList());
        VALUES.put(SessionHeader.REGISTRATION, List.of("open", "closed"));
    }

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            for (HeaderLine line : file.header()) {
                List<String> allowed = line.isAssignment() ? VALUES.get(line.key()) : null;
                if (allowed != null && !line.value().isBlank() && !allowed.contains(line.value())) {
                    report.accept(Diagnostic.error(file.displayPath(), line.line(), message(line, allowed)));
                }
            }
        }
    }

    private static String message(HeaderLine line, List<String> allowed) {
        String given = "`" + line.key() + "=" + line.value() + "` : valeur inconnue ; ";
        return Suggestions.nearest(line.value(), allowed)
                .map(nearest -> given + "vouliez-vous dire `" + nearest + "` ?")
                .orElseGet(() -> given + "valeurs possibles : " + String.join(", ", allowed));
    }
}
