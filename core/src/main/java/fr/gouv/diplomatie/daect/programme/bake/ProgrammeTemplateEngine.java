package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.view.FormView;
import fr.gouv.diplomatie.daect.programme.view.FragmentCache;
import fr.gouv.diplomatie.daect.programme.view.LegalFacts;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.Theme;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import fr.gouv.diplomatie.daect.programme.settings.Organisation;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * JBake's template engine, with our model added to every template: {@code programme} (the whole
 * programme, from java.time, never from JBake's time-zone-dependent {@code date}), {@code session}
 * on a session page, and {@code root}, the relative way back to the site root (JBake's
 * {@code rootpath} ignores pretty URLs), and {@code path}, the page's own address from the root
 * (empty for pages without a content file, like the 404 page). On the page JBake renders for each
 * tag, {@code theme} is that tag's theme, with its label from the vocabulary. {@code legal} holds the facts of the
 * legal pages that the DAECT confirms in the settings; {@code organisation}, who organises the webinars.
 */
final class ProgrammeTemplateEngine extends DelegatingTemplateEngine {

    /** How a page's template error begins, after the page's content file and " : " if it has one. */
    static final String TEMPLATE_ERROR = "erreur dans le gabarit ";

    private ProgrammeView programme;
    private final FormView form;
    private final LegalFacts legal;
    private final Organisation organisation;
    private final FragmentCache fragments = new FragmentCache();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final BodySanitizer sanitizer = new BodySanitizer();
    private final Map<String, String> settings;
    private final Path projectDir;
    private Set<Path> blankBodies;

    ProgrammeTemplateEngine(ContentStore db, JBakeConfiguration config, ProgrammeView programme, SiteSettings settings,
                            Path projectDir, Set<Path> blankBodies) {
        super(db, config);
        this.programme = programme;
        this.form = new FormView(settings);
        this.legal = new LegalFacts(settings);
        this.organisation = Organisation.of(settings);
        this.settings = underscored(settings.asMap());
        this.projectDir = projectDir;
        this.blankBodies = blankBodies;
    }

    /** The preview's warm rebakes render with the programme as it is now. */
    void use(ProgrammeView programme, Set<Path> blankBodies) {
        this.programme = programme;
        this.blankBodies = blankBodies;
        forgetBake();
    }

    /** The programme the pages are rendered with. */
    ProgrammeView programme() {
        return programme;
    }

    /** After a bake: the fragments it reused and the bodies it sanitized are of no use to the next one. */
    void forgetBake() {
        fragments.clear();
        sanitizer.forget();
    }

    /** What makes every page's body publishable; bodies handed to it ahead are found done when their page renders. */
    BodySanitizer sanitizer() {
        return sanitizer;
    }

    /**
     * Settings for templates as plain strings, keys with {@code _} for {@code .} like JBake's {@code config}
     * (which splits values at commas: a description with a comma would become a list there).
     */
    private static Map<String, String> underscored(Map<String, String> values) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> result.put(key.replace('.', '_'), value));
        return Map.copyOf(result);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        model.put("programme", programme);
        model.put("form", form);
        model.put("legal", legal);
        model.put("organisation", organisation);
        model.put("fragments", fragments);
        model.put("settings", settings);
        model.put("root", rootOf(content));
        model.put("path", content == null || content.getUri() == null ? "" : content.getUri());
        if (model.getTag() != null) {
            Theme theme = programme.theme(model.getTag());
            model.put("theme", theme);
            model.put("listingPage", programme.themePage(theme, 1));
            model.put("path", theme.getPath());
            model.put("root", "../".repeat((int) theme.getPath().chars().filter(c -> c == '/').count()));
        }
        if (content != null && content.getFile() != null) {
            model.put("session", programme.session(slugOf(content.getFile())));
            if (blankBodies.contains(Path.of(content.getFile()).toAbsolutePath().normalize())) {
                // JBake renders the whole file, header included, as the body of a file whose body is empty.
                content.setBody("");
            }
        }
        if (content != null && content.getBody() != null) {
            // Every page's body reaches the templates here, whichever engine made it (Markdown, HTML…).
            content.setBody(sanitizer.sanitize(content.getBody()));
        }
        try {
            // JBake hands over an unbuffered file writer: FreeMarker's many small writes each went through its encoder.
            Writer buffered = new BufferedWriter(writer);
            super.renderDocument(model, templateName, buffered);
            buffered.flush();
        } catch (IOException e) {
            throw failure("écriture de la page impossible : " + e.getMessage(), e);
        } catch (RenderingException e) {
            // JBake names only the output file: name the source and the template, which is what an editor can fix.
            String source = content != null && content.getFile() != null ? relative(content.getFile()) + " : " : "";
            throw failure(source + TEMPLATE_ERROR + templateName + " : " + firstLines(e), e);
        }
    }

    /**
     * Every page that failed is recorded here, in our words: JBake keeps only "Failed to render tag" of each tag page
     * that fails, and the first one's cause.
     */
    private PageFailure failure(String problem, Exception cause) {
        failures.add(problem);
        return new PageFailure(problem, cause);
    }

    /** The pages that failed since the last call, in our words (sorted: pages render in any order). */
    List<String> takeFailures() {
        List<String> taken = new ArrayList<>();
        for (String problem = failures.poll(); problem != null; problem = failures.poll()) {
            taken.add(problem);
        }
        Collections.sort(taken);
        return taken;
    }

    /** Whether JBake's error is (or wraps) a page's failure, already recorded by {@link #takeFailures}. */
    static boolean isPageFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PageFailure) {
                return true;
            }
        }
        return false;
    }

    /** A page that failed to render, recorded by the engine. */
    private static final class PageFailure extends RenderingException {
        PageFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }


    private String relative(String file) {
        return DisplayPath.of(projectDir, Path.of(file));
    }

    private static String firstLines(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int stack = message.indexOf("\n----");
        return (stack > 0 ? message.substring(0, stack) : message).strip();
    }

    static String rootOf(DocumentModel content) {
        if (content == null) {
            return "";
        }
        String uri = content.getUri();
        if (uri == null || uri.isEmpty()) {
            return content.getRootPath() == null ? "" : content.getRootPath();
        }
        int depth = (int) uri.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private static String slugOf(String file) {
        String name = new File(file).getName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
