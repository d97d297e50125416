export { loadConfig, ConfigError, type Config, SETTING_NAMES } from './config.schemas';
