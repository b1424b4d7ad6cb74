package org.guildhall.certification.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;

/** A QR code of a URL as an SVG image (a data URL, which the Content-Security-Policy allows for images). */
final class QrCodeImage {

    private QrCodeImage() {
    }

    static Image of(String url, String alt) {
        var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2;
        var path = new StringBuilder();
        for (int row = 0; row < qr.size; row++) {
            for (int column = 0; column < qr.size; column++) {
                if (qr.getModule(column, row)) {
                    path.append('M').append(column + 1).append(',').append(row + 1).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#1b2a4a\" d=\"" + path + "\"/></svg>";
        var image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), alt);
        image.setWidth("10rem");
        image.setHeight("10rem");
        return image;
    }
}
