package fr.gouv.diplomatie.daect.programme.validation;

/** How bad a diagnostic is; the French word is what editors read. */
public enum Severity {
    ERROR("erreur"),
    WARNING("avertissement");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
