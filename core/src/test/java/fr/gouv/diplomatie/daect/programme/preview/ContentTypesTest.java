package fr.gouv.diplomatie.daect.programme.preview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentTypesTest {

    @Test
    void siteFilesGetTheTypesStaticHostsSend() {
        assertEquals("text/html; charset=utf-8", ContentTypes.of("index.html"));
        assertEquals("text/calendar; charset=utf-8", ContentTypes.of("programme.ics"));
        assertEquals("text/css; charset=utf-8", ContentTypes.of("dsfr.min.css"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("dsfr.module.min.js"));
        assertEquals("font/woff2", ContentTypes.of("Marianne-Regular.woff2"));
        assertEquals("image/svg+xml", ContentTypes.of("close-line.SVG"));
        assertEquals("application/octet-stream", ContentTypes.of("LICENSE"));
    }
}
