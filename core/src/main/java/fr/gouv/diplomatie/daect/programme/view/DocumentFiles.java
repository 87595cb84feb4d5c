package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.SessionDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files of the {@code documents} headers, under the site's asset folder (copied as is to the site root):
 * each measured when the page is baked, so that the link says how heavy the download is.
 */
public final class DocumentFiles {

    /** No asset folder known (unit tests of the views): sizes are not shown. */
    public static final DocumentFiles NONE = new DocumentFiles(null);

    private final Path assetDir;

    public DocumentFiles(Path assetDir) {
        this.assetDir = assetDir;
    }

    public DocumentLink link(SessionDocument document) {
        String name = document.fileName();
        int dot = name.lastIndexOf('.');
        String format = dot > 0 ? name.substring(dot + 1).toUpperCase(Locale.ROOT) : "";
        return new DocumentLink(document.path(), document.title(), format, size(document.path()));
    }

    private String size(String path) {
        if (assetDir == null) {
            return "";
        }
        try {
            return FrenchFormat.fileSize(Files.size(assetDir.resolve(path)));
        } catch (IOException e) {
            // Validation refuses a missing file before the bake: this is a file removed since.
            throw new java.io.UncheckedIOException("document introuvable : " + path, e);
        }
    }
}
