package fr.gouv.diplomatie.daect.programme.settings;

/**
 * Who organises the webinars, as the settings name it: {@code contact.organization} (else {@code contact.secretariat})
 * and its acronym {@code contact.organization.acronym}. Pages, the feed and the structured data all take the name from
 * here, so that a change of name is one line of {@code jbake.properties}. Templates see it as {@code organisation}.
 */
public final class Organisation {

    private final String name;
    private final String acronym;

    public Organisation(String name, String acronym) {
        this.name = name.strip();
        this.acronym = acronym.strip();
    }

    public static Organisation of(SiteSettings settings) {
        return new Organisation(settings.get("contact.organization", settings.get("contact.secretariat", "")),
                settings.get("contact.organization.acronym", ""));
    }

    /** The name alone, as the header shows it. */
    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    /** The name followed by its acronym in brackets, when there is one: « Délégation … (DAECT) ». */
    public String getFullName() {
        return acronym.isEmpty() || name.isEmpty() ? name : name + " (" + acronym + ")";
    }
}
