package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * JBake's renderer, rendering the pages of content files on the bake's {@link Workers} between {@link #start} and
 * {@link #finish}: JBake renders them one after the other, and each page is its own file, rendered by thread-safe
 * FreeMarker templates from its own copy of its document. JBake's loop then only hands the pages out (and renders
 * the pages without a content file, tag pages included, itself, meanwhile); {@link #finish} waits for them and
 * returns their errors, worded as JBake words them. Outside that window it renders as JBake does, in the caller's thread.
 * The listing pages JBake does not know (the archives, the theme pages after the first: {@link GeneratedPageRenderer})
 * are rendered with the tag pages, on the workers too.
 * <p>
 * Given the site it replaces ({@link PreviousSite}), it renders only the pages that site cannot give, and notes the
 * others, which the bake then takes from it.
 */
final class ConcurrentRenderer extends Renderer {

    private final GeneratedPageRenderer generated;
    private final JBakeConfiguration config;
    private Workers workers;
    private final List<Future<?>> pending = new ArrayList<>();
    /** How many generated pages {@link #renderGeneratedAhead} handed out (then not again with the tag pages), or -1. */
    private int generatedAhead = -1;
    private final PreviousSite previous;
    /** The pages taken from {@link #previous} instead of being rendered, from the site's root. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    ConcurrentRenderer(ContentStore db, JBakeConfiguration config, ProgrammeTemplateEngine engine) {
        this(db, config, engine, null);
    }

    /** {@code previous}: the site whose pages of what did not change are kept, or null to render every page. */
    ConcurrentRenderer(ContentStore db, JBakeConfiguration config, ProgrammeTemplateEngine engine, PreviousSite previous) {
        super(db, config, engine);
        this.config = config;
        this.generated = new GeneratedPageRenderer(config, engine);
        this.previous = previous;
    }

    /** The pages left to take from the previous site, from the site's root. */
    Set<String> kept() {
        return Set.copyOf(kept);
    }

    /** From now on, pages are rendered on {@code workers}. */
    void start(Workers workers) {
        this.workers = workers;
    }

    /** Takes the page of {@code content} from the previous site instead of rendering it (a draft has none). */
    void keep(DocumentModel content) {
        if (!InMemoryContentStore.isDraft(content)) {
            kept.add(PreviousSite.pageOf(content, config));
        }
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        if (previous != null && !previous.renders(content)) {
            keep(content);
        } else if (workers == null) {
            super.render(content);
        } else {
            pending.add(workers.submit(() -> {
                super.render(content);
                return null;
            }));
        }
    }

    /**
     * Hands the generated listing pages to the workers now, when JBake renders tag pages at all: they are made from the
     * programme alone, nothing JBake reads, so they render while JBake reads the files one after the other (one core
     * busy) rather than after it. Between {@link #start} and {@link #finish}.
     */
    void renderGeneratedAhead() {
        if (workers != null && config.getRenderTags() && generatedAhead < 0) {
            List<GeneratedPage> pages = generatedToRender();
            pages.forEach(this::handOut);
            generatedAhead = pages.size();
        }
    }

    /** JBake renders the tag pages, in its thread; the generated listing pages go with them, unless handed out before. */
    @Override
    public int renderTags(String tagPath) throws Exception {
        int rendered = super.renderTags(tagPath);
        return rendered + (generatedAhead >= 0 ? generatedAhead : renderGenerated());
    }

    /** Renders the generated pages, on the workers if there are; how many. */
    private int renderGenerated() throws Exception {
        List<GeneratedPage> pages = generatedToRender();
        for (GeneratedPage page : pages) {
            if (workers == null) {
                generated.render(page);
            } else {
                handOut(page);
            }
        }
        return pages.size();
    }

    /** The generated pages, but those kept from the previous site. */
    private List<GeneratedPage> generatedToRender() {
        List<GeneratedPage> pages = generated.pages();
        if (previous == null) {
            return pages;
        }
        List<GeneratedPage> rendered = new ArrayList<>();
        for (GeneratedPage page : pages) {
            if (previous.listings().contains(page.path())) {
                rendered.add(page);
            } else {
                kept.add(page.path());
            }
        }
        return rendered;
    }

    private void handOut(GeneratedPage page) {
        pending.add(workers.submit(() -> {
            generated.render(page);
            return null;
        }));
    }

    /** Waits for every page handed out since {@link #start}, then renders in the caller's thread again; the pages' errors, in order. */
    List<Throwable> finish() {
        List<Throwable> errors = new ArrayList<>();
        try {
            for (Future<?> page : pending) {
                try {
                    page.get();
                } catch (ExecutionException e) {
                    errors.add(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add(new InterruptedException("cuisson interrompue"));
        } finally {
            pending.clear();
            workers = null;
            generatedAhead = -1;
        }
        return errors;
    }
}
