/**
 * Who people are, what they may do and how they sign in: learners with their mobile number and a code by SMS (or a
 * PIN they chose), students with their class code and picture password, staff and volunteers with e-mail and
 * password. Keeps each person's preferences, an audit log, and lets a person see, download and delete what Tomoni
 * holds about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@org.jspecify.annotations.NullMarked
package org.tomoni.accounts;
