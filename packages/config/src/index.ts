export { loadConfig, ConfigError, type Config, type RedisSettings, SETTING_NAMES } from './config.schemas';
