package fr.gouv.diplomatie.daect.programme.settings;

import java.util.List;

/**
 * The facts a public-sector site must state (mentions légales, personal data, accessibility) that only the DAECT
 * can confirm. Each one is a setting: empty while unconfirmed, in which case a local build shows the place marked
 * « à confirmer par la DAECT » and a production build refuses to publish.
 */
public final class LegalSettings {

    public static final String DIRECTOR = "legal.director";
    public static final String HOST = "legal.host";
    public static final String DPO = "privacy.dpo";
    public static final String LEGAL_BASIS = "privacy.legal.basis";
    public static final String RETENTION_MONTHS = "privacy.retention.months";
    public static final String DECLARATION_DATE = "accessibility.declaration.date";

    /**
     * @param what    what the value is and where the site shows it, in a French sentence's middle
     * @param example a line of {@code jbake.properties} with a value of the right form
     */
    public record Setting(String key, String what, String example) {
    }

    /** Every one of them, in the order of the pages that show them. */
    public static final List<Setting> REQUIRED = List.of(
            new Setting(DIRECTOR, "le nom du directeur ou de la directrice de la publication, affiché dans les mentions légales",
                    DIRECTOR + "=Prénom Nom, fonction"),
            new Setting(HOST, "le nom et l'adresse de l'hébergeur du site, affichés dans les mentions légales",
                    HOST + "=Nom de l'hébergeur, adresse postale"),
            new Setting(DPO, "le moyen de joindre le délégué à la protection des données (adresse électronique ou postale), "
                    + "affiché sur la page Données personnelles", DPO + "=adresse électronique ou postale du délégué"),
            new Setting(LEGAL_BASIS, "la base légale du traitement des inscriptions, affichée sur la page Données personnelles",
                    LEGAL_BASIS + "=le consentement des personnes inscrites (article 6.1.a du RGPD)"),
            new Setting(RETENTION_MONTHS, "la durée maximale de conservation des données des inscrits, en mois, affichée sur la page "
                    + "Données personnelles", RETENTION_MONTHS + "=12"),
            new Setting(DECLARATION_DATE, "la date de la déclaration d'accessibilité (AAAA-MM-JJ), affichée sur la page Accessibilité",
                    DECLARATION_DATE + "=2021-03-10"));

    private LegalSettings() {
    }
}
