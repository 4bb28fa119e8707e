/**
 * Authorization: roles (create, change, delete, grant to users), the signed-in user with
 * their roles and permissions ({@code users/me?expand=authorization}), and the permission
 * each administration endpoint needs.
 */
@NullMarked
package io.callimport.simulator.authorization;

import org.jspecify.annotations.NullMarked;
