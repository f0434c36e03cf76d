<?php
/**
 * Plugin Name:       Nice Pick
 * Plugin URI:        https://github.com/nice-pick/nice-pick
 * Description:       Pros/cons comparison cards ("X vs Y", the pick, the verdict) as a block and a shortcode, for every author, not only administrators.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            nice-pick
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       nice-pick
 * Domain Path:       /languages
 *
 * @package NicePick
 */

defined( 'ABSPATH' ) || exit;

define( 'NICE_PICK_VERSION', '0.1.0' );
define( 'NICE_PICK_FILE', __FILE__ );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/plugin.php';
