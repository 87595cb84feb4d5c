package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.function.Consumer;

/**
 * No control character, tabulation or line break in a site setting, from {@code jbake.properties} or the command
 * line: a line break in {@code contact.secretariat} (a {@code \n} in the properties file) broke every calendar.
 */
public final class SettingCharacterRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        context.settings().asMap().forEach((key, value) -> TextCharacters.firstForbidden(value, false).ifPresent(at ->
                report.accept(SettingDiagnostics.error(context, key, "`" + TextCharacters.safe(key).replace('`', '\'') + "` : "
                        + ControlCharacterRule.describe(value.charAt(at)) + " dans la valeur, interdit ; écrivez la valeur "
                        + "sur une seule ligne, sans `\\n`, `\\t` ni caractère de contrôle"))));
    }
}
