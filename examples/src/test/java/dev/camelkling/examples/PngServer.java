package dev.camelkling.examples;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server on a free port of 127.0.0.1 that serves one generated PNG at {@code /first-frame.png}. */
final class PngServer implements AutoCloseable {

    static final String PATH = "/first-frame.png";

    private final HttpServer server;
    private final byte[] png;
    private final AtomicInteger gets = new AtomicInteger();

    private PngServer(HttpServer server, byte[] png) {
        this.server = server;
        this.png = png;
    }

    static PngServer start() throws IOException {
        byte[] png = render(640, 360);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        PngServer result = new PngServer(server, png);
        server.createContext(PATH, exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                result.gets.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, png.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(png);
                }
            }
        });
        server.start();
        return result;
    }

    /** A landscape picture: sky gradient, sun, hills. No text, so no fonts needed. */
    static byte[] render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x2b5f9e), 0, height, new Color(0xf3b27a)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xffe9a8));
            g.fillOval(width * 2 / 3, height / 5, height / 4, height / 4);
            g.setColor(new Color(0x3f6b3a));
            g.fillOval(-width / 4, height * 2 / 3, width, height);
            g.setColor(new Color(0x557f45));
            g.fillOval(width / 3, height * 3 / 4, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    byte[] png() {
        return png.clone();
    }

    int gets() {
        return gets.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
