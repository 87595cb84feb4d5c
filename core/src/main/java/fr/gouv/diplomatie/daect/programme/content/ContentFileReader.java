package fr.gouv.diplomatie.daect.programme.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads content files the way an editor sees them: UTF-8 (a BOM is accepted), any line ending,
 * a {@code key=value} header closed by {@code ~~~~~~}. Never fails on bad input: what is wrong is
 * left for the validation rules to report.
 */
public final class ContentFileReader {

    /** The extensions JBake bakes with the engines this project ships (Markdown and HTML). */
    public static final Set<String> CONTENT_EXTENSIONS = Set.of("md", "html");

    private final Path root;

    public ContentFileReader(Path root) {
        this.root = root;
    }

    /** Every content file under {@code contentDir}, sorted by path so that diagnostics come in a stable order. */
    public List<ContentFile> readAll(Path contentDir) {
        // Thousands of sessions: read on every core, kept in the order of their paths.
        return list(contentDir).parallelStream().map(this::read).toList();
    }

    /** The content files under {@code contentDir}, in the order {@link #readAll} reads them. */
    public static List<Path> list(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(contentDir)) {
            // A link is never read, even to a file (a validation rule reports it): it may point outside the repository.
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(ContentFileReader::isContent)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isContent(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && CONTENT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    public ContentFile read(Path file) {
        try {
            return parse(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file as it would read with these bytes (e.g. an edit not yet saved). */
    public ContentFile parse(Path file, byte[] bytes) {
        boolean validUtf8 = true;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            validUtf8 = false;
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<HeaderLine> header = new ArrayList<>();
        int separator = 0;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.strip().equals(ContentFile.SEPARATOR)) {
                separator = i + 1;
                break;
            }
            header.add(headerLine(i + 1, raw));
        }
        String body = "";
        int bodyFirstLine = lines.length + 1;
        if (separator > 0) {
            bodyFirstLine = separator + 1;
            body = String.join("\n", java.util.Arrays.asList(lines).subList(separator, lines.length));
        }
        return new ContentFile(file, displayPath(file), List.copyOf(header), separator, body, bodyFirstLine, validUtf8);
    }

    private static HeaderLine headerLine(int number, String raw) {
        int equals = raw.indexOf('=');
        if (equals <= 0) {
            return new HeaderLine(number, raw, null, null);
        }
        return new HeaderLine(number, raw, raw.substring(0, equals).strip(), raw.substring(equals + 1).strip());
    }

    /** The path printed in diagnostics: relative to the repository root, with forward slashes. */
    public String displayPath(Path file) {
        return DisplayPath.of(root, file);
    }
}
