package fr.gouv.diplomatie.daect.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real receiver, which a test can make wait before answering: the page's "sending" state is
 * only visible while an answer is pending, and a local answer comes in a millisecond.
 */
public final class HoldableHandler implements HttpHandler {

    private final HttpHandler receiver;
    private final AtomicInteger posts = new AtomicInteger();
    private volatile CountDownLatch gate;

    HoldableHandler(HttpHandler receiver) {
        this.receiver = receiver;
    }

    /** How many submissions reached the receiver, accepted or not. */
    public int posts() {
        return posts.get();
    }

    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            posts.incrementAndGet();
        }
        CountDownLatch held = gate;
        if (held != null && "POST".equals(exchange.getRequestMethod())) {
            try {
                held.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        receiver.handle(exchange);
    }
}
