package fr.gouv.diplomatie.daect.programme.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * JBake's renderer, rendering the pages of content files on every core between {@link #start} and
 * {@link #finish}: JBake renders them one after the other, and each page is its own file, rendered by
 * thread-safe FreeMarker templates from its own copy of its document. JBake's loop then only hands the
 * pages out; {@link #finish} waits for them and returns their errors, worded as JBake words them.
 * Outside that window it renders as JBake does, in the caller's thread.
 */
final class ConcurrentRenderer extends Renderer {

    private final ContentStore db;
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final GeneratedPageRenderer generated;
    private ExecutorService pool;
    private final List<Future<?>> pending = new ArrayList<>();

    ConcurrentRenderer(ContentStore db, JBakeConfiguration config, ProgrammeTemplateEngine engine) {
        super(db, config, engine);
        this.db = db;
        this.config = config;
        this.engine = engine;
        this.generated = new GeneratedPageRenderer(config, engine);
    }

    /** From now on, pages are rendered on a pool of one thread per core. */
    void start() {
        if (pool == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                Thread worker = new Thread(task, "cuisson-pages");
                // FreeMarker and JBake look classes up through it, as on the thread that called the Oven.
                worker.setContextClassLoader(loader);
                worker.setDaemon(true);
                return worker;
            });
        }
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        if (pool == null) {
            super.render(content);
        } else {
            pending.add(pool.submit(() -> {
                super.render(content);
                return null;
            }));
        }
    }

    /**
     * The tag pages too go to the pool: each lists hundreds or thousands of sessions, and JBake's thread rendering
     * them one after the other, besides the home page, was left alone at the end of the bake. Each is rendered as
     * JBake's {@link Renderer#renderTags} renders it (same model, file and template); with a page of all tags, or
     * outside {@link #start}/{@link #finish}, JBake renders them itself. The other listing pages (the archives, the
     * theme pages after the first: {@link GeneratedPageRenderer}) are rendered with them.
     */
    @Override
    public int renderTags(String tagPath) throws Exception {
        if (pool == null || config.getRenderTagsIndex()) {
            int rendered = super.renderTags(tagPath);
            for (var page : generated.pages()) {
                generated.render(page);
                rendered++;
            }
            return rendered;
        }
        List<String> tags = new ArrayList<>(db.getAllTags());
        for (String tag : tags) {
            pending.add(pool.submit(() -> {
                renderTag(tagPath, tag);
                return null;
            }));
        }
        var pages = generated.pages();
        for (var page : pages) {
            pending.add(pool.submit(() -> {
                generated.render(page);
                return null;
            }));
        }
        return tags.size() + pages.size();
    }

    private void renderTag(String tagPath, String tag) throws Exception {
        File file = new File(config.getDestinationFolder() + File.separator + tagPath + File.separator + tag + config.getOutputExtension());
        DocumentModel page = new DocumentModel();
        page.setType(ModelAttributes.TAG.toString());
        page.setRootPath(FileUtil.getUriPathToDestinationRoot(config, file));
        TemplateModel model = new TemplateModel();
        model.setRenderer(engine);
        model.setTag(tag);
        model.setContent(page);
        file.getParentFile().mkdirs();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file), config.getRenderEncoding()))) {
            engine.renderDocument(model, config.getTemplateByDocType(ModelAttributes.TAG.toString()), out);
        } catch (Exception e) {
            throw new Exception("Failed to render file " + file.getAbsolutePath() + ". Cause: " + e.getMessage(), e);
        }
    }

    /** Waits for every page handed out since {@link #start}, then renders in the caller's thread again; the pages' errors, in order. */
    List<String> finish() {
        List<String> errors = new ArrayList<>();
        try {
            for (Future<?> page : pending) {
                try {
                    page.get();
                } catch (ExecutionException e) {
                    errors.add(String.valueOf(e.getCause().getMessage()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("cuisson interrompue");
        } finally {
            pending.clear();
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }
        return errors;
    }
}
