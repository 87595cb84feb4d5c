package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.settings.LegalSettings;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The facts of the legal pages, for the templates ({@code legal}): each one the setting's value, or empty while
 * the DAECT has not confirmed it (the templates then show « à confirmer par la DAECT » in its place).
 */
public final class LegalFacts {

    private final SiteSettings settings;

    public LegalFacts(SiteSettings settings) {
        this.settings = settings;
    }

    public String getDirector() {
        return value(LegalSettings.DIRECTOR);
    }

    public String getHost() {
        return value(LegalSettings.HOST);
    }

    public String getDpo() {
        return value(LegalSettings.DPO);
    }

    /** The data protection officer is reached by e-mail: the page then links it. */
    public boolean isDpoEmail() {
        return getDpo().matches("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[A-Za-z]{2,}");
    }

    public String getLegalBasis() {
        return value(LegalSettings.LEGAL_BASIS);
    }

    public String getRetentionMonths() {
        return value(LegalSettings.RETENTION_MONTHS);
    }

    /** "10 mars 2021", or empty (also when the date is not one: the validation reports it). */
    public String getDeclarationDate() {
        String date = value(LegalSettings.DECLARATION_DATE);
        try {
            return date.isEmpty() ? "" : FrenchFormat.dayMonthYear(LocalDate.parse(date));
        } catch (DateTimeException e) {
            return "";
        }
    }

    /** The same, as {@code yyyy-MM-dd}, for a {@code <time datetime>}. */
    public String getDeclarationIsoDate() {
        return getDeclarationDate().isEmpty() ? "" : value(LegalSettings.DECLARATION_DATE);
    }

    private String value(String key) {
        return settings.get(key, "");
    }
}
