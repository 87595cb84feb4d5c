package fr.gouv.diplomatie.daect.programme.view;

/**
 * A theme or a place of the programme, as templates see it: a tag of the sessions, its French
 * label from the vocabulary ({@code tags.properties}) and the address of its page.
 */
public final class Theme {

    private final String slug;
    private final String label;
    private final String path;

    Theme(String slug, String label, String path) {
        this.slug = slug;
        this.label = label;
        this.path = path;
    }

    /** The tag as written in the sessions' headers, e.g. {@code sante}. */
    public String getSlug() {
        return slug;
    }

    /** "Santé". */
    public String getLabel() {
        return label;
    }

    /** The theme's page, relative to the site root: {@code themes/sante.html}. */
    public String getPath() {
        return path;
    }
}
