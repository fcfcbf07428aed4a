package com.orders.services;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import java.io.IOException;

public class Mailer {
    private static final String SENDGRID_API_KEY = "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";

    private final SendGrid client = new SendGrid(SENDGRID_API_KEY);

    public int sendReceipt(String to, String orderId, String html) throws IOException {
        Email from = new Email("receipts@orders.example.com");
        Mail mail = new Mail(from, "Your receipt for order " + orderId, new Email(to), new Content("text/html", html));
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        Response response = client.api(request);
        return response.getStatusCode();
    }
}
