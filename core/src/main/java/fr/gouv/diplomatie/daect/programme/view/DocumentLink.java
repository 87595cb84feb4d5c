package fr.gouv.diplomatie.daect.programme.view;

/**
 * A file offered on a session's page, as the DSFR download link shows it: its title, then « PDF – 12 Ko ».
 * (A class, not a record: templates read its getters, and a record's accessors would hide them.)
 */
public final class DocumentLink {

    private final String path;
    private final String title;
    private final String format;
    private final String size;

    /**
     * @param path   the file's address relative to the site root
     * @param format the file's extension in capitals (« PDF »), or empty
     * @param size   its size in French (« 12 Ko »), measured at build time
     */
    DocumentLink(String path, String title, String format, String size) {
        this.path = path;
        this.title = title;
        this.format = format;
        this.size = size;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    /** « PDF – 12 Ko ». */
    public String getDetail() {
        return format.isEmpty() || size.isEmpty() ? format + size : format + " – " + size;
    }
}
