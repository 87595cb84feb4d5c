package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and embedded files of a content file's body, with their lines: Markdown links and
 * images, reference definitions, {@code <…>} autolinks, bare addresses (which JBake's AUTOLINKS
 * turns into links) and {@code href}/{@code src} attributes of HTML; code blocks and code spans
 * are skipped.
 * <p>
 * A line scanner rather than a Markdown parser: flexmark took seconds to warm up on thousands of
 * files, while validation must stay fast. It reads what editors write; the check of the baked
 * pages catches whatever an exotic construct could hide from it.
 */
public final class BodyLinks {

    /** A link as written, and the 1-based line of the file it is on. */
    public record Link(int line, String url) {
    }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[[^\\]]+\\]:\\s*(?:<([^>]*)>|(\\S+)).*");
    /** {@code ](url)}, the URL possibly in angle brackets or with one level of parentheses inside. */
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(?:<([^>]*)>|((?:[^\\s()]|\\([^\\s()]*\\))*))");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)>");
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\"']+");
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    /**
     * A link whose address is on the next line: {@code [texte](⏎adresse)} in Markdown, {@code href=⏎"adresse"} in
     * HTML. This end of the line is read again before the next line, so that the address is read whole.
     */
    private static final Pattern DANGLING = Pattern.compile("(?i)(?:\\]\\(|\\b(?:href|src)\\s*=)\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1|(`+)\\2");

    public List<Link> of(ContentFile file) {
        List<Link> links = new ArrayList<>();
        String body = file.body();
        if (body.isBlank()) {
            return links;
        }
        boolean html = file.fileName().endsWith(".html");
        String[] lines = body.split("\n", -1);
        String fence = null;
        String carried = "";
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = file.bodyFirstLine() + i;
            String line = lines[i];
            String scanned = carried + line;
            carried = dangling(line);
            if (html) {
                attributes(scanned, lineNumber, links, new ArrayList<>());
                continue;
            }
            Matcher fenceMatcher = FENCE.matcher(line);
            boolean fenceLine = (line.contains("```") || line.contains("~~~")) && fenceMatcher.matches();
            if (fence != null || fenceLine) {
                carried = "";
            }
            if (fence != null) {
                if (fenceLine && fenceMatcher.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatcher.group(1).length() >= fence.length() && line.strip().equals(fenceMatcher.group(1))) {
                    fence = null;
                }
                continue;
            }
            if (fenceLine) {
                fence = fenceMatcher.group(1);
                continue;
            }
            markdownLine(withoutCodeSpans(scanned), lineNumber, links);
        }
        return links;
    }

    private static void markdownLine(String line, int lineNumber, List<Link> links) {
        if (line.indexOf(']') < 0 && line.indexOf('<') < 0 && line.indexOf(':') < 0 && line.indexOf('=') < 0 && line.indexOf("www.") < 0) {
            return; // most lines of text: nothing that could be a link
        }
        List<int[]> taken = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(line);
        if (line.indexOf("]:") >= 0 && reference.matches()) {
            int group = reference.group(1) != null ? 1 : 2;
            links.add(new Link(lineNumber, reference.group(group)));
            taken.add(new int[]{reference.start(group), reference.end(group)});
        }
        Matcher inline = INLINE.matcher(line);
        while (inline.find()) {
            int group = inline.group(1) != null ? 1 : 2;
            links.add(new Link(lineNumber, inline.group(group)));
            taken.add(new int[]{inline.start(), inline.end()});
        }
        if (line.indexOf('<') >= 0) {
            Matcher autolink = AUTOLINK.matcher(line);
            while (autolink.find()) {
                links.add(new Link(lineNumber, autolink.group(1)));
                taken.add(new int[]{autolink.start(), autolink.end()});
            }
        }
        attributes(line, lineNumber, links, taken);
        if (line.indexOf("://") < 0 && line.indexOf("www.") < 0 && line.indexOf("WWW.") < 0) {
            return;
        }
        Matcher bare = BARE.matcher(line);
        while (bare.find()) {
            if (!inside(bare.start(), taken)) {
                String url = trimPunctuation(bare.group());
                links.add(new Link(lineNumber, url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url));
            }
        }
    }

    private static void attributes(String line, int lineNumber, List<Link> links, List<int[]> taken) {
        if (line.indexOf('=') < 0) {
            return;
        }
        Matcher matcher = HTML_ATTRIBUTE.matcher(line);
        while (matcher.find()) {
            String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            links.add(new Link(lineNumber, value.replace("&amp;", "&")));
            taken.add(new int[]{matcher.start(), matcher.end()});
        }
    }

    /** The end of a line where a link's address is still to come, followed by a space; else "". */
    private static String dangling(String line) {
        if (line.indexOf('(') < 0 && line.indexOf('=') < 0) {
            return "";
        }
        Matcher matcher = DANGLING.matcher(line);
        return matcher.find() ? matcher.group() + " " : "";
    }

    /** Code spans become blanks of the same length, so that the text in them is never taken for a link. */
    private static String withoutCodeSpans(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        StringBuilder text = new StringBuilder(line);
        Matcher matcher = CODE_SPAN.matcher(line);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
        return text.toString();
    }

    private static boolean inside(int position, List<int[]> spans) {
        for (int[] span : spans) {
            if (position >= span[0] && position < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's final punctuation is not part of a bare address, as in JBake's AUTOLINKS. */
    private static String trimPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
