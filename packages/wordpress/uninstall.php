<?php
/**
 * Uninstall: the plugin stores no options, transients, tables, user meta or files of its own
 * (a card's data lives in the post that shows it, and stays the author's). This removes any
 * option whose name starts with nice_pick_, so that a future version's settings cannot be left
 * behind either; tests/e2e.mjs checks the database holds nothing of the plugin afterwards.
 *
 * @package NicePick
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$nice_pick_options = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'nice_pick_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
foreach ( $nice_pick_options as $nice_pick_option ) {
	delete_option( $nice_pick_option );
}
