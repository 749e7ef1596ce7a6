@echo off
rem Builds target\dist\msi\Podium-VERSION.msi on Windows: Podium with its own runtime, a Start
rem menu entry and a desktop shortcut, installed per user (no administrator needed).
rem
rem Needs: JDK 17 or newer (jlink, jpackage), Maven 3.8+, and the WiX Toolset 3.x (candle.exe and
rem light.exe on PATH; jpackage of JDK 17 does not take WiX 4 or later).
rem Run from anywhere:  installer\windows\build-msi.cmd
rem
rem This script cannot run on the project's Linux CI; it follows the Linux build in pom.xml's
rem dist profile and was last checked against it, not run on Windows.
setlocal
cd /d "%~dp0..\.."

rem 1. The jar, its libraries in target\dist\input and the trimmed runtime in target\dist\runtime,
rem    with JavaFX for Windows. The Linux-only steps (app-image, start-up recording, .deb) are skipped.
call mvn -B -Pdist package -DskipTests -Djavafx.platform=win -Ddist.linux.skip=true || exit /b 1

for /f "usebackq delims=" %%v in (`mvn -q help:evaluate -Dexpression=project.version -DforceStdout`) do set VERSION=%%v
if "%VERSION%"=="" (echo Could not read the version from pom.xml & exit /b 1)

rem 2. The installer. Podium.exe is the window; podium-cli.exe is the same program with a console,
rem    for commands such as "podium-cli --version" or "podium-cli events list". The upgrade UUID
rem    stays the same for every version, so a newer .msi replaces an older one.
jpackage --type msi --name Podium --app-version %VERSION% --vendor Podium ^
  --description "Webinars, panels and attendee lists for event coordinators, in one local SQLite book." ^
  --runtime-image target\dist\runtime --input target\dist\input ^
  --main-jar podium.jar --main-class org.podium.Main ^
  --icon installer\windows\podium.ico --license-file LICENSE ^
  --add-launcher podium-cli=installer\windows\podium-cli.properties ^
  --win-menu --win-menu-group Podium --win-shortcut --win-dir-chooser --win-per-user-install ^
  --win-upgrade-uuid 81f5635c-0ce3-41f7-85db-bd140e6925b1 ^
  --dest target\dist\msi || exit /b 1
echo Built target\dist\msi\Podium-%VERSION%.msi
