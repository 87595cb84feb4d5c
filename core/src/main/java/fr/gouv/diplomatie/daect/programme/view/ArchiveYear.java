package fr.gouv.diplomatie.daect.programme.view;

/** A year of the archives: its page and how many sessions it has. */
public final class ArchiveYear {

    private final int year;
    private final int count;
    private final String path;

    ArchiveYear(int year, int count, String path) {
        this.year = year;
        this.count = count;
        this.path = path;
    }

    public int getYear() {
        return year;
    }

    public int getCount() {
        return count;
    }

    /** "12 webinaires". */
    public String getCountLabel() {
        return FrenchFormat.count(count, "webinaire", "webinaires");
    }

    /** The year's first page, from the site root: {@code archives/2021.html}. */
    public String getPath() {
        return path;
    }
}
