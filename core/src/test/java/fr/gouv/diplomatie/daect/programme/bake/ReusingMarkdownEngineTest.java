package fr.gouv.diplomatie.daect.programme.bake;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.testing.SampleProject;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReusingMarkdownEngineTest {

    @TempDir
    Path dir;

    @Test
    void jbakeTakesTheBodiesRenderedAheadWhateverTheFilesLineEndings() {
        SampleProject project = SampleProject.create(dir)
                .write("content/sans-fin-de-ligne.md", "title=A\ntype=page\nstatus=published\n~~~~~~\nUn *texte*\n\nsans fin de ligne.")
                .write("content/windows.md", "title=B\r\ntype=page\r\nstatus=published\r\n~~~~~~\r\n- un\r\n- deux\r\n");
        List<ContentFile> files = new ContentFileReader(project.dir()).readAll(project.dir().resolve("content"));
        DefaultJBakeConfiguration config = JBakeConfigurationFactory.create(project.dir(), project.output(), SiteSettings.load(project.dir(), Map.of()));
        ReusingMarkdownEngine engine = ReusingMarkdownEngine.register();
        List<String> bodies = SiteBaker.bodiesAsJBakeReadsThem(files);

        BodySanitizer sanitizer = new BodySanitizer();
        engine.startBake(MarkdownBodies.of(config.getMarkdownExtensions()));
        engine.renderAhead(bodies, sanitizer::sanitize);
        int renderedAhead = engine.renders();
        int sanitizedAhead = sanitizer.cleanings();
        Parser parser = new Parser(config);
        List<DocumentModel> documents = files.stream().map(file -> parser.processFile(file.path().toFile())).toList();
        engine.endBake();
        documents.forEach(document -> sanitizer.sanitize(document.getBody()));

        assertEquals(bodies.size(), sanitizedAhead, "each body rendered ahead is sanitized ahead");
        assertEquals(sanitizedAhead + 1, sanitizer.cleanings(),
                "the pages find their bodies sanitized; only the sample session's, which JBake rendered again, is sanitized when asked");

        assertEquals(bodies.size(), renderedAhead);
        assertEquals(renderedAhead + 1, engine.renders(),
                "JBake rendered again only the sample session, whose body is empty (JBake then renders the whole file)");
        DocumentModel withoutFinalLineBreak = documents.get(files.stream().map(ContentFile::path).toList().indexOf(project.dir().resolve("content/sans-fin-de-ligne.md")));
        assertEquals("<p>Un <em>texte</em></p>\n<p>sans fin de ligne.</p>\n", withoutFinalLineBreak.getBody());
        DocumentModel windows = documents.get(files.stream().map(ContentFile::path).toList().indexOf(project.dir().resolve("content/windows.md")));
        assertEquals("<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n", windows.getBody());
    }
}
