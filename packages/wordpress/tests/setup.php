<?php
/**
 * Sets up the test site from an empty database, as a new user would, offline: WordPress's own
 * installer (wp_install), the plugin installed from the built zip with WordPress's Plugin_Upgrader
 * (what Plugins → Add New → Upload does) and activated, and one user of each role the tests need,
 * each with an application password for the REST API. Prints JSON: the users and their passwords.
 *
 * Usage: php setup.php WORDPRESS_DIR ZIP_FILE SITE_URL
 *
 * @package NicePick
 */

list( , $wp_dir, $zip, $url ) = $argv;
$_SERVER['HTTP_HOST'] = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
define( 'WP_INSTALLING', true );
require $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$result = wp_install( 'Nice Pick test site', 'admin', 'admin@example.com', true, '', 'admin-password-123' );
update_option( 'siteurl', $url );
update_option( 'home', $url );
wp_set_current_user( $result['user_id'] );

// The plugin, from its zip.
WP_Filesystem();
$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( $zip );
if ( true !== $installed ) {
	fwrite( STDERR, 'the plugin did not install: ' . print_r( $installed, true ) . print_r( $upgrader->skin->get_upgrade_messages(), true ) );
	exit( 1 );
}
$activated = activate_plugin( 'nice-pick/nice-pick.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'the plugin did not activate: ' . $activated->get_error_message() );
	exit( 1 );
}

$users = array( 'administrator' => $result['user_id'] );
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	$users[ $role ] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $role . '-password-123',
			'user_email' => $role . '@example.com',
			'role'       => $role,
		)
	);
}
$out = array( 'version' => $GLOBALS['wp_version'], 'php' => PHP_VERSION, 'users' => array() );
foreach ( $users as $role => $id ) {
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'e2e' ) );
	$out['users'][ $role ] = array(
		'id'       => $id,
		'login'    => get_userdata( $id )->user_login,
		'password' => $password,
		'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
	);
}
echo wp_json_encode( $out );
