package fr.gouv.diplomatie.daect.programme.check;

import org.jsoup.nodes.Document;

/** A baked HTML page and its path relative to the site folder (forward slashes). */
public record Page(String path, Document document) {
}
