package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.List;
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
 */
final class ConcurrentRenderer extends Renderer {

    private final GeneratedPageRenderer generated;
    private Workers workers;
    private final List<Future<?>> pending = new ArrayList<>();

    ConcurrentRenderer(ContentStore db, JBakeConfiguration config, ProgrammeTemplateEngine engine) {
        super(db, config, engine);
        this.generated = new GeneratedPageRenderer(config, engine);
    }

    /** From now on, pages are rendered on {@code workers}. */
    void start(Workers workers) {
        this.workers = workers;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        if (workers == null) {
            super.render(content);
        } else {
            pending.add(workers.submit(() -> {
                super.render(content);
                return null;
            }));
        }
    }

    /** JBake renders the tag pages, in its thread; the generated listing pages go with them. */
    @Override
    public int renderTags(String tagPath) throws Exception {
        int rendered = super.renderTags(tagPath);
        for (GeneratedPage page : generated.pages()) {
            if (workers == null) {
                generated.render(page);
            } else {
                pending.add(workers.submit(() -> {
                    generated.render(page);
                    return null;
                }));
            }
            rendered++;
        }
        return rendered;
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
        }
        return errors;
    }
}
