<?php
/**
 * Deactivates and deletes the plugin as Plugins → Delete does (which runs uninstall.php), then
 * prints JSON: whether its folder is gone and every row of the database that still names it.
 *
 * Usage: php uninstall.php WORDPRESS_DIR SITE_URL
 *
 * @package NicePick
 */

list( , $wp_dir, $url ) = $argv;
$_SERVER['HTTP_HOST'] = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
require $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
wp_set_current_user( 1 );
deactivate_plugins( 'nice-pick/nice-pick.php' );
$deleted = delete_plugins( array( 'nice-pick/nice-pick.php' ) );
global $wpdb;
$left = array();
foreach ( array( $wpdb->options => 'option_name', $wpdb->usermeta => 'meta_key', $wpdb->postmeta => 'meta_key' ) as $table => $column ) {
	foreach ( $wpdb->get_col( "SELECT $column FROM $table WHERE $column LIKE '%nice%pick%' OR $column LIKE '%nice_pick%'" ) as $name ) {
		$left[] = "$table.$name";
	}
}
foreach ( $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_value LIKE '%nice-pick/%'" ) as $name ) {
	$left[] = "{$wpdb->options}.$name (value)";
}
echo wp_json_encode(
	array(
		'deleted'     => true === $deleted,
		'folder_gone' => ! file_exists( WP_PLUGIN_DIR . '/nice-pick' ),
		'left'        => $left,
	)
);
