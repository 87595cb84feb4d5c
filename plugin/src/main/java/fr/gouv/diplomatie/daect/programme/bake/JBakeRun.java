package fr.gouv.diplomatie.daect.programme.bake;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * What JBake's {@code Oven.bake()} does — register the document types, crawl, render with every
 * rendering tool, copy the assets — minus its database set-up ({@code ContentStore.updateSchema()},
 * final in JBake, needs OrientDB), so that the bake can use the {@link InMemoryContentStore}.
 */
final class JBakeRun {

    private final JBakeConfiguration config;
    private final ContentStore store;
    private final Crawler crawler;
    private final Renderer renderer;
    private final Asset asset;
    private final List<Throwable> errors = new ArrayList<>();

    JBakeRun(Utensils utensils) {
        this.config = utensils.getConfiguration();
        this.store = utensils.getContentStore();
        this.crawler = utensils.getCrawler();
        this.renderer = utensils.getRenderer();
        this.asset = utensils.getAsset();
    }

    /** Bakes; rendering errors are collected in {@link #errors()}, as the Oven does. */
    void bake() {
        Locale previous = Locale.getDefault();
        try {
            String locale = config.getJvmLocale();
            if (locale != null) {
                Locale.setDefault(LocaleUtils.toLocale(locale));
            }
            registerDocumentTypes();
            ReusingMarkdownEngine markdown = new ReusingMarkdownEngine();
            Engines.register("md", markdown);
            Engines.register("markdown", markdown);
            crawler.crawl();
            crawler.crawlDataFiles();
            for (RenderingTool tool : ServiceLoader.load(RenderingTool.class, JBakeRun.class.getClassLoader())) {
                try {
                    tool.render(renderer, store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());
        } finally {
            Locale.setDefault(previous);
        }
    }

    List<Throwable> errors() {
        return List.copyOf(errors);
    }

    /** The types named by {@code template.<type>.file} keys, and the data files' type, as the Oven registers them. */
    private void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }
}
