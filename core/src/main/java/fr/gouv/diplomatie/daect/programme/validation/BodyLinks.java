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

    /**
     * A link as written, and the 1-based line of the file it is on; {@code image}: the address of an image to show
     * in the page ({@code ![description](adresse)}, {@code src=}) rather than of a page to go to.
     */
    public record Link(int line, String url, boolean image) {

        public Link(int line, String url) {
            this(line, url, false);
        }
    }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[[^\\]]+\\]:\\s*(?:<([^>]*)>|(\\S+)).*");
    /** {@code ](url)}, the URL possibly in angle brackets or with one level of parentheses inside. */
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(?:<([^>]*)>|((?:[^\\s()]|\\([^\\s()]*\\))*))");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)>");
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\"']+");
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)\\b(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
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
                attributes(scanned, lineNumber, links, new ArrayList<>(), true);
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
            links.add(new Link(lineNumber, inline.group(group), isImage(line, inline.start())));
            taken.add(new int[]{inline.start(), inline.end()});
        }
        if (line.indexOf('<') >= 0) {
            Matcher autolink = AUTOLINK.matcher(line);
            while (autolink.find()) {
                links.add(new Link(lineNumber, autolink.group(1)));
                taken.add(new int[]{autolink.start(), autolink.end()});
            }
        }
        // An <img> in Markdown is refused as such (RawHtmlRule): its address is not also reported as an image.
        attributes(line, lineNumber, links, taken, false);
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

    private static void attributes(String line, int lineNumber, List<Link> links, List<int[]> taken, boolean htmlPage) {
        if (line.indexOf('=') < 0) {
            return;
        }
        Matcher matcher = HTML_ATTRIBUTE.matcher(line);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            links.add(new Link(lineNumber, value.replace("&amp;", "&"), htmlPage && matcher.group(1).equalsIgnoreCase("src") && inImageTag(line, matcher.start())));
            taken.add(new int[]{matcher.start(), matcher.end()});
        }
    }

    /** Whether the {@code ]} at {@code close} ends the description of an image: its {@code [} follows a {@code !}. */
    private static boolean isImage(String line, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[' && --depth == 0) {
                return i > 0 && line.charAt(i - 1) == '!';
            }
        }
        return false;
    }

    /** Whether the attribute at {@code position} is within an {@code <img} tag opened earlier on the line. */
    private static boolean inImageTag(String line, int position) {
        int open = line.lastIndexOf('<', position);
        if (open < 0 || !line.regionMatches(true, open, "<img", 0, 4)) {
            return false;
        }
        int close = line.indexOf('>', open);
        return close < 0 || close > position;
    }

    /**
     * The end of a line where a link's address is still to come ({@code [texte](⏎adresse)} in Markdown,
     * {@code href=⏎"adresse"} in HTML), followed by a space, to be read again before the next line so that the
     * address is read whole; else "". (A scan from the end: a regular expression tried at every position of every
     * line cost the validation of 5,000 sessions tens of milliseconds.)
     */
    private static String dangling(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end >= 2 && line.charAt(end - 1) == '(' && line.charAt(end - 2) == ']') {
            return "]( ";
        }
        if (end == 0 || line.charAt(end - 1) != '=') {
            return "";
        }
        int name = end - 1;
        while (name > 0 && line.charAt(name - 1) <= ' ') {
            name--;
        }
        for (String attribute : new String[]{"href", "src"}) {
            int start = name - attribute.length();
            if (start >= 0 && line.regionMatches(true, start, attribute, 0, attribute.length())
                    && (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)))) {
                return attribute + "= ";
            }
        }
        return "";
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
