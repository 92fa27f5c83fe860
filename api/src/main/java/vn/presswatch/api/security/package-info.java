/** Who may do what: users and roles, password and token login, sessions in a signed cookie, CSRF checks. */
package vn.presswatch.api.security;
