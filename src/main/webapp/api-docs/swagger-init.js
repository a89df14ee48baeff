// The OpenAPI document is served by the server at its root, whatever the app's context root.
window.ui = SwaggerUIBundle({
  url: window.location.origin + "/openapi",
  dom_id: "#swagger-ui",
  deepLinking: true
});
