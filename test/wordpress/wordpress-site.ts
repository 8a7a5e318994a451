// A real WordPress site for test/wordpress/plugin.test.ts, from Debian's packages (wordpress, its two default
// themes, mariadb-server, php-cli, php-mysql; .ci/run installs them): a private MariaDB in a temporary folder,
// a copy of WordPress with its own wp-config.php, installed, the release's plugin zip unpacked into its plugins
// folder as Plugins > Add New > Upload would, activated, the center's configuration saved, and an Author's two
// posts, one with the block and one with the shortcode. Served by PHP's built-in server; stop() ends it all.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { mo } from 'gettext-parser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEBIAN_WORDPRESS = '/usr/share/wordpress';

export interface Site {
  url: string;
  /** WordPress's debug log: PHP's notices, warnings and errors. */
  log(): string;
  /** Runs PHP inside the site (after wp-load.php); what it prints comes back. */
  php(code: string): string;
  /** The Author's posts: the block's page and the shortcode's. */
  posts: { block: string; shortcode: string };
  theme: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function until(what: string, ready: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What is missing of Debian's packages, by the command or folder each one gives. */
export function missingPackages(): string[] {
  const has = (command: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  return [
    ...(existsSync(`${DEBIAN_WORDPRESS}/wp-load.php`) ? [] : ['wordpress']),
    ...(existsSync(`${DEBIAN_WORDPRESS}/wp-content/themes/twentytwentythree`) ? [] : ['wordpress-theme-twentytwentythree']),
    ...(existsSync(`${DEBIAN_WORDPRESS}/wp-content/themes/twentytwentyone`) ? [] : ['wordpress-theme-twentytwentyone']),
    ...(has('mariadbd') || existsSync('/usr/sbin/mariadbd') ? [] : ['mariadb-server']),
    ...(has('php') ? [] : ['php-cli']),
  ];
}

/** PHP run inside the site (wp-load.php), as a script file: what it prints comes back. */
function php(root: string, code: string, before = ''): string {
  const file = join(root, 'iop-test-step.php');
  writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = 'localhost';\n${before}\nrequire __DIR__ . '/wp-load.php';\n${code}\n`);
  try {
    return execFileSync('php', [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(file);
  }
}

export async function startSite(theme: 'twentytwentythree' | 'twentytwentyone'): Promise<Site> {
  const missing = missingPackages();
  if (missing.length) throw new Error(`Debian's ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed: apt-get install -y ${missing.join(' ')} php-mysql`);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const pluginZip = join(ROOT, `dist/release/iop-cost-estimator-wordpress-${version}.zip`);
  if (!existsSync(pluginZip)) throw new Error(`${pluginZip} is missing: run \`npm run release\``);

  const work = mkdtempSync(join(tmpdir(), 'iop-wordpress-'));
  const children: ChildProcess[] = [];
  const stop = () => {
    // Each its own process group (detached), so that PHP's server workers go with it.
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    // The database may still be writing as it stops: its files go on the next try or with the temporary folder.
    try {
      rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // left in the temporary folder
    }
  };
  try {
    // The database: its own folder and socket, no network.
    const data = join(work, 'mysql');
    const socket = join(work, 'mysql.sock');
    execFileSync('mariadb-install-db', [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const database = spawn('/usr/sbin/mariadbd', [`--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(work, 'mysql.pid')}`], { stdio: 'ignore', detached: true });
    children.push(database);
    await until('MariaDB', () => existsSync(socket));
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'], { stdio: 'ignore' });

    // WordPress: Debian's files, copied, with a wp-config.php of its own and the default themes.
    const root = join(work, 'wordpress');
    cpSync(DEBIAN_WORDPRESS, root, { recursive: true, dereference: true, filter: (path) => !path.endsWith('/.htaccess') });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'AUTH_KEY', 'test' ); define( 'SECURE_AUTH_KEY', 'test' ); define( 'LOGGED_IN_KEY', 'test' ); define( 'NONCE_KEY', 'test' );
define( 'AUTH_SALT', 'test' ); define( 'SECURE_AUTH_SALT', 'test' ); define( 'LOGGED_IN_SALT', 'test' ); define( 'NONCE_SALT', 'test' );
// Notices to a log the test reads (WordPress 6.1 on PHP 8.2 has deprecation notices of its own).
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // The plugin, as an upload would put it: the release's zip unpacked into wp-content/plugins/.
    const plugins = join(root, 'wp-content/plugins');
    mkdirSync(plugins, { recursive: true });
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(pluginZip))))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(plugins, path)), { recursive: true });
      writeFileSync(join(plugins, path), bytes);
    }

    // WordPress keeps a site's language only where its own words are installed: a stand-in for its Spanish.
    mkdirSync(join(root, 'wp-content/languages'), { recursive: true });
    writeFileSync(join(root, 'wp-content/languages/es_ES.mo'), mo.compile({ charset: 'utf-8', headers: { Language: 'es_ES' }, translations: { '': {} } }));

    const installed = php(
      root,
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install( 'Example Recovery Center', 'admin', 'admin@example.com', true, '', 'admin-password' );
echo is_wp_error( $installed ) ? $installed->get_error_message() : 'installed';`,
      "define( 'WP_INSTALLING', true );",
    );
    if (!installed.endsWith('installed')) throw new Error(`WordPress did not install: ${installed.slice(0, 2000)}`);
    const centerFile = join(work, 'our-center.json');
    cpSync(join(ROOT, 'data/centers/example.json'), centerFile);
    const out = php(
      root,
      `require_once ABSPATH . 'wp-admin/includes/plugin.php';
switch_theme( '${theme}' );
$error = activate_plugin( 'iop-cost-estimator/iop-cost-estimator.php' );
if ( is_wp_error( $error ) ) { echo 'ACTIVATE ' . $error->get_error_message(); exit( 1 ); }
wp_set_current_user( 1 );
update_option( 'iop_ce_config', iop_ce_sanitize_config( file_get_contents( '${centerFile}' ) ) );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.com', 'role' => 'author' ) );
// As the Author, whose posts WordPress filters (no unfiltered_html).
wp_set_current_user( $author );
kses_init();
$block = wp_insert_post( array( 'post_title' => 'What our program costs (block)', 'post_content' => '<!-- wp:paragraph --><p>Before the estimator.</p><!-- /wp:paragraph --><!-- wp:iop/cost-estimator /--><!-- wp:paragraph --><p>After the estimator.</p><!-- /wp:paragraph -->', 'post_status' => 'publish' ) );
$shortcode = wp_insert_post( array( 'post_title' => 'What our program costs (shortcode)', 'post_content' => "<p>Before the estimator.</p>\\n[iop_cost_estimator]\\n<p>After the estimator.</p>", 'post_status' => 'publish' ) );
echo wp_json_encode( array( 'block' => get_permalink( $block ), 'shortcode' => get_permalink( $shortcode ), 'unfiltered' => current_user_can( 'unfiltered_html' ) ) );`,
    );
    if (!out.includes('{')) throw new Error(`setting up the site printed: ${out.slice(0, 2000)}`);
    const made = JSON.parse(out.slice(out.indexOf('{'))) as { block: string; shortcode: string; unfiltered: boolean };
    if (made.unfiltered) throw new Error('the Author may post unfiltered HTML here: the test would prove nothing about kses');

    // Several workers: the block editor asks for many files and REST routes at once, which one worker serves in turn.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], { cwd: root, stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    children.push(server);
    let up = false;
    await until('PHP’s server', () => {
      fetch(url, { redirect: 'manual' }).then(() => (up = true), () => {});
      return up;
    });
    const log = () => (existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '');
    return { url, log, php: (code) => php(root, code), posts: { block: made.block, shortcode: made.shortcode }, theme, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
