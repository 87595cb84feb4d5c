package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.validation.rules.BodyLinksRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SettingCharacterRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.MarkdownDepthRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.ControlCharacterRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.ClockChangeRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.ContactEmailRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.CopiedContentFileRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.DuplicateKeyRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.EncodingRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.FormServiceRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.HeaderSyntaxRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.KnownValuesRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.LegalSettingsRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.OverlapRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.PlaceholderSettingsRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.PortableNameRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.ProgrammeSettingsRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.RawHtmlRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.RequiredKeysRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SameDayTitleRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SessionFileRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SessionScheduleRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SiteHostRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SymbolicLinkRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.TagVocabularyRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.TagsRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SpeakersRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.ReplayRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.DocumentsRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.TimeZoneRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.UidFormatRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.UniqueAddressRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.UniqueUidRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.UnknownKeyRule;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over the sources and gathers all diagnostics at once. */
public final class ProgrammeValidator {

    private final List<Rule> rules;

    public ProgrammeValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this project, in the order their messages are most useful. */
    public static ProgrammeValidator standard() {
        return new ProgrammeValidator(standardRules());
    }

    public static List<Rule> standardRules() {
        return List.of(
                // Each file on its own: encoding, header syntax, keys, values.
                new SymbolicLinkRule(),
                new PortableNameRule(),
                new EncodingRule(),
                new ControlCharacterRule(),
                new CopiedContentFileRule(),
                new HeaderSyntaxRule(),
                new DuplicateKeyRule(),
                new UnknownKeyRule(),
                new RequiredKeysRule(),
                new KnownValuesRule(),
                new SessionScheduleRule(),
                new ClockChangeRule(),
                new TimeZoneRule(),
                new UidFormatRule(),
                new SessionFileRule(),
                new TagsRule(),
                new SpeakersRule(),
                new ReplayRule(),
                new DocumentsRule(),
                new BodyLinksRule(),
                new MarkdownDepthRule(),
                new RawHtmlRule(),
                // The files together: identity and the programme.
                new UniqueUidRule(),
                new UniqueAddressRule(),
                new OverlapRule(),
                new SameDayTitleRule(),
                // The other sources: tag vocabulary and site settings.
                new TagVocabularyRule(),
                new SettingCharacterRule(),
                new SiteHostRule(),
                new ContactEmailRule(),
                new FormServiceRule(),
                new ProgrammeSettingsRule(),
                new LegalSettingsRule(),
                new PlaceholderSettingsRule());
    }

    public ValidationReport validate(ValidationContext context) {
        // The rules are independent passes over the files: run on every core, their findings kept in the rules' order.
        List<Diagnostic> diagnostics = rules.parallelStream().flatMap(rule -> {
            List<Diagnostic> found = new ArrayList<>();
            rule.check(context, found::add);
            return found.stream();
        }).toList();
        return new ValidationReport(diagnostics, context.files().size());
    }
}
