package org.clinbridge.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinbridge.platform.pages.Shell;

/**
 * The application's root ({@code /}, the empty servlet pattern): the home page for a signed-in
 * person, the sign-in page for anyone else. Only the exact root; every other path keeps its own
 * meaning (and an unknown one its 404 problem).
 */
@WebServlet(name = "home", urlPatterns = "")
public class HomeRedirect extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String page = req.getUserPrincipal() == null ? Shell.SIGN_IN : Shell.HOME;
    res.sendRedirect(req.getContextPath() + page);
  }
}
